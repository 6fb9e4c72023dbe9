import type { skillApi } from '@shared/skills/skill.contract.ts';
import { endpointRef } from '../../../api/client.ts';

/** The skill, role and target endpoints the web calls, checked against the shared contract (see `endpointRef`). */
export const skillEndpoints = {
  listSkills: endpointRef<typeof skillApi.listSkills>('GET', '/api/v1/skills'),
  getSkill: endpointRef<typeof skillApi.getSkill>('GET', '/api/v1/skills/:id'),
  createSkill: endpointRef<typeof skillApi.createSkill>('POST', '/api/v1/skills'),
  mySkills: endpointRef<typeof skillApi.mySkills>('GET', '/api/v1/me/skills'),
  listAssessments: endpointRef<typeof skillApi.listAssessments>('GET', '/api/v1/skills/:id/assessments'),
  createAssessment: endpointRef<typeof skillApi.createAssessment>('POST', '/api/v1/skills/:id/assessments'),
  deleteAssessment: endpointRef<typeof skillApi.deleteAssessment>('DELETE', '/api/v1/assessments/:id'),
  listRoles: endpointRef<typeof skillApi.listRoles>('GET', '/api/v1/roles'),
  getRole: endpointRef<typeof skillApi.getRole>('GET', '/api/v1/roles/:id'),
  createRole: endpointRef<typeof skillApi.createRole>('POST', '/api/v1/roles'),
  updateRole: endpointRef<typeof skillApi.updateRole>('PATCH', '/api/v1/roles/:id'),
  deleteRole: endpointRef<typeof skillApi.deleteRole>('DELETE', '/api/v1/roles/:id'),
  roleFromPosting: endpointRef<typeof skillApi.roleFromPosting>('POST', '/api/v1/roles/from-posting'),
  listTargets: endpointRef<typeof skillApi.listTargets>('GET', '/api/v1/targets'),
  createTarget: endpointRef<typeof skillApi.createTarget>('POST', '/api/v1/targets'),
  deleteTarget: endpointRef<typeof skillApi.deleteTarget>('DELETE', '/api/v1/targets/:id'),
  gap: endpointRef<typeof skillApi.gap>('GET', '/api/v1/targets/:id/gap'),
  plan: endpointRef<typeof skillApi.plan>('POST', '/api/v1/targets/:id/plan'),
  acceptPlan: endpointRef<typeof skillApi.acceptPlan>('POST', '/api/v1/targets/:id/plan/accept'),
};
