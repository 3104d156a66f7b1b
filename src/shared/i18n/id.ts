import { idFirst } from './id-first';
import { idRest } from './id-rest';

/**
 * Indonesian, the first language: formal but warm, in the words of the guide and the field. Two parts
 * so the web's first page needs only `idFirst` (quality bar S11); the server uses the whole.
 */
export const id = { ...idFirst, ...idRest } as const;
