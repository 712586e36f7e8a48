// The package's commands are files in git rather than build output, so that
// npm links them into node_modules/.bin at install time, before anything is
// built; each runs its program from dist/ once it is built.
import { existsSync } from 'node:fs';

/** Runs dist/<program>.js, or says how to build it. */
export async function launch(program, command) {
  const entry = new URL(`../dist/${program}.js`, import.meta.url);
  if (!existsSync(entry)) {
    process.stderr.write(
      `${command}: not built yet; run \`npm run build\` (or \`npm start\`) at the repository root first\n`,
    );
    process.exit(1);
  }
  await import(entry.href);
}
