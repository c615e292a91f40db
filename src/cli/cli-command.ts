import type { z } from "zod";
import type { storageAndApiSchema } from "../config.js";
import type { Database, Db } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { CliArgs } from "./cli-args.js";
import type { CliDeps, CliIo } from "./cli-io.js";

export type CliEnv = z.output<typeof storageAndApiSchema>;

/** The command line and the environment, as the dispatcher hands them to a command. */
export interface CommandInput {
  /** The positionals, the command's name first. */
  positionals: CliArgs["positionals"];
  values: CliArgs["values"];
  env: CliEnv;
  deps: CliDeps;
}

export interface CommandContext {
  io: CliIo;
  clock: Clock;
  env: CliEnv;
}

/**
 * A command that runs against the migrated database. `prepare` checks what can be checked before
 * the database opens (throws UsageError, ConfigError or CommandFailed); `run` gets its result.
 * Declared as methods so that a command of any Args fits the dispatcher's table.
 */
export interface DatabaseCommand<Args> {
  prepare(input: CommandInput): Args | Promise<Args>;
  run(db: Db, args: Args, context: CommandContext): Promise<number>;
}

/** A command on the embedded database's files (backup, restore): it opens the database itself, unmigrated, if at all. */
export interface FilesCommand {
  runOnFiles(input: CommandInput, openEmbedded: () => Promise<Database>): Promise<number>;
}

export type CliCommand = DatabaseCommand<unknown> | FilesCommand;

/** Stops a command with exit code 1; the dispatcher prints the message. */
export class CommandFailed extends Error {}
