// The account forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';

export {
  ChangePasswordBody,
  CreateTokenBody,
  DeleteMeBody,
  LoginBody,
  RegisterBody,
  UpdateMeBody,
} from '@shared/accounts/account.schema.ts';
