import { version } from '../../package.json';

/**
 * The package's version, as `medrec --version` prints it (the bundler inlines only this field).
 *
 * @example
 * MEDREC_VERSION // '0.1.0'
 */
export const MEDREC_VERSION: string = version;
