/**
 * A part that the wiring builds after a part that needs it. Construction has
 * no cycle, but the running peer has two: comm's eviction asks the overlay,
 * which is built on comm, which links the mesh needs; and sends name peers
 * whose endpoints discovery knows, while discovery itself sends through
 * them. Each is bound once, right after its part is built; asked before
 * that, it throws, so a wiring mistake shows at once rather than as an
 * undefined deep inside a send.
 */
export class Later<T> {
  private value: T | undefined;

  constructor(private readonly name: string) {}

  bind(value: T): void {
    if (this.value !== undefined) throw new Error(`wiring: ${this.name} bound twice`);
    this.value = value;
  }

  get(): T {
    if (this.value === undefined) throw new Error(`wiring: ${this.name} used before it was built`);
    return this.value;
  }
}
