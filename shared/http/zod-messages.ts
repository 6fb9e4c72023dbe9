import { z } from 'zod';

// Messages that read as the end of a sentence starting with the field's name: "title: is required".
z.config({
  customError: (iss) => {
    if (iss.code === 'invalid_type') {
      if (iss.input === undefined) return 'is required';
      if (iss.input === null) return 'must not be null';
      return `must be ${iss.expected === 'object' ? 'an object' : `a ${iss.expected}`}`;
    }
    if (iss.code === 'too_small' && iss.origin === 'string') {
      return iss.minimum === 1 ? 'must not be empty' : `must be at least ${iss.minimum} characters`;
    }
    if (iss.code === 'too_big' && iss.origin === 'string') return `must be at most ${iss.maximum} characters`;
    if (iss.code === 'too_small' && iss.origin === 'number') {
      return iss.inclusive ? `must be at least ${iss.minimum}` : `must be greater than ${iss.minimum}`;
    }
    if (iss.code === 'too_big' && iss.origin === 'number') {
      return iss.inclusive ? `must be at most ${iss.maximum}` : `must be less than ${iss.maximum}`;
    }
    if (iss.code === 'invalid_value') return `must be one of: ${iss.values.map(String).join(', ')}`;
    return undefined;
  },
});
