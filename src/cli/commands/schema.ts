// `burnplan schema`: the plan's JSON Schema, for editors and other tools.
import { planSchemaText } from '../../plan/plan-schema.js';

export function schemaCommand(): void {
  process.stdout.write(planSchemaText());
}
