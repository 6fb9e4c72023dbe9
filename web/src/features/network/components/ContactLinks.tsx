import { Link } from 'react-router';

/** Contacts by name, each a link to their page, in a sentence: "Ada, Grace and Alan". */
export function ContactLinks({
  contacts,
  className,
}: {
  contacts: readonly { id: string; name: string }[];
  className?: string;
}) {
  return contacts.map((c, i) => (
    <span key={c.id}>
      {i > 0 && (i === contacts.length - 1 ? ' and ' : ', ')}
      <Link className={className} to={`/network/contacts/${c.id}`}>
        {c.name}
      </Link>
    </span>
  ));
}
