/**
 * Makes `wrapped` look like `original` to Nest and to users: every reflect-metadata key (route,
 * guards, Swagger), the function `name` and `length`.
 */
export function copyMethodMetadata(
  original: (...args: any[]) => unknown,
  wrapped: (...args: any[]) => unknown,
): void {
  const reflect = Reflect as typeof Reflect & {
    getMetadataKeys?: (target: object) => unknown[];
    getMetadata?: (key: unknown, target: object) => unknown;
    defineMetadata?: (key: unknown, value: unknown, target: object) => void;
  };
  if (reflect.getMetadataKeys && reflect.getMetadata && reflect.defineMetadata) {
    for (const key of reflect.getMetadataKeys(original)) {
      reflect.defineMetadata(key, reflect.getMetadata(key, original), wrapped);
    }
  }
  Object.defineProperty(wrapped, 'name', { value: original.name, configurable: true });
  Object.defineProperty(wrapped, 'length', { value: original.length, configurable: true });
}
