type AnyFunction = (...args: any[]) => unknown;

/**
 * Makes `wrapped` look like `original` to Nest and other readers: every own reflect-metadata key
 * (route, guards, pipes, swagger, message patterns...), the `name` and the `length`.
 */
export function copyMetadata(original: AnyFunction, wrapped: AnyFunction): void {
  const reflect = Reflect as typeof Reflect & {
    getOwnMetadataKeys?: (target: object) => unknown[];
    getOwnMetadata?: (key: unknown, target: object) => unknown;
    defineMetadata?: (key: unknown, value: unknown, target: object) => void;
  };
  if (reflect.getOwnMetadataKeys && reflect.getOwnMetadata && reflect.defineMetadata) {
    for (const key of reflect.getOwnMetadataKeys(original))
      reflect.defineMetadata(key, reflect.getOwnMetadata(key, original), wrapped);
  }
  Object.defineProperty(wrapped, 'name', { value: original.name, configurable: true });
  Object.defineProperty(wrapped, 'length', { value: original.length, configurable: true });
}
