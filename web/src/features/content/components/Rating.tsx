import { ratingStars, ratingText } from './format.ts';

/** A rating as stars with its words beside them ("★★★★☆ 4 of 5"); the words are what is read out. */
export function Rating({ rating }: { rating: number }) {
  return (
    <span className="rating">
      <span className="rating__stars" aria-hidden="true">
        {ratingStars(rating)}
      </span>{' '}
      <span className="visually-hidden">Rated </span>
      {ratingText(rating)}
    </span>
  );
}
