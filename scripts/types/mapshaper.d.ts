/** The part of mapshaper's programmatic API the data build uses (mapshaper ships no types). */
declare module 'mapshaper' {
  /**
   * Runs a mapshaper command line against in-memory inputs (file name → content) and resolves to the
   * outputs of every `-o` command (file name → content; Buffer or string).
   */
  export function applyCommands(
    commands: string,
    inputs?: Record<string, unknown>,
  ): Promise<Record<string, Buffer | string>>
  const mapshaper: { applyCommands: typeof applyCommands }
  export default mapshaper
}
