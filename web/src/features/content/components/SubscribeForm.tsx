import type { FeedWithItems } from '@shared/content/feed.schema.ts';
import { type FormEvent, useMemo, useState } from 'react';
import type { z } from 'zod';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useSubscribe } from '../api/feeds.ts';
import { SubscribeBody } from '../api/schemas.ts';
import { atUrlField } from './apiErrors.ts';

const fields = { url: { id: 'feed-url', label: 'Feed address' } };

/**
 * Follows a feed by its address. The server fetches it at once: an address it refuses (a private
 * one, another scheme), a server it cannot reach and a page that is no feed are each said at the
 * field, in the API's words.
 */
export function SubscribeForm({ onFollowed }: { onFollowed: (feed: z.infer<typeof FeedWithItems>) => void }) {
  const [url, setUrl] = useState('');
  const subscribe = useSubscribe();
  const error = useMemo(() => atUrlField(subscribe.error), [subscribe.error]);
  const errors = useFormErrors(error, fields);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(SubscribeBody, { url });
    if (!body) return;
    subscribe.mutate(body, {
      onSuccess: (feed) => {
        setUrl('');
        onFollowed(feed);
      },
    });
  }

  return (
    <form className="form subscribe-form" noValidate onSubmit={onSubmit}>
      <FormError
        // A feed that could not be read is no mistake in the form: say what happened instead.
        message={
          errors.message && error !== subscribe.error ? 'Trellis could not follow this feed.' : errors.message
        }
        issues={errors.issues}
        fields={fields}
      />
      <div className="inline-form">
        <TextField
          {...errors.bind('url')}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          hint="The address of an RSS or Atom feed, such as a podcast’s feed or a blog’s."
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <Button
          type="submit"
          variant="primary"
          pending={subscribe.isPending}
          pendingLabel="Fetching the feed…"
        >
          Follow
        </Button>
      </div>
    </form>
  );
}
