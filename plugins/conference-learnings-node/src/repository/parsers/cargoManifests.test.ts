import { briefMention as brief } from '../__testUtils__/briefMention';
import { parseCargoToml } from './cargoManifests';

describe('parseCargoToml', () => {
  it('names Rust and cargo, crates, and the backend features chosen', () => {
    const found = parseCargoToml({
      path: 'Cargo.toml',
      content: `[package]
name = "vault"

[features]
mysql = ["diesel/mysql"]

[dependencies]
diesel = { version = "2", features = ["postgres"] }

[dev-dependencies]
tokio-test = "0.4"
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Rust @1 runtime',
      'tool cargo @1 runtime',
      'cargo diesel @8 runtime',
      'cargo diesel/postgres @8 runtime',
      'cargo diesel/mysql @5 runtime',
      'cargo tokio-test @11 dev',
    ]);
  });

  it('gives optional crates the scope of the features enabling them', () => {
    const found = parseCargoToml({
      path: 'Cargo.toml',
      content: `[package]
name = "server"

[features]
default = ["metrics"]
metrics = ["dep:prometheus"]
profiling-traced = ["dep:opentelemetry", "tracing-opentelemetry"]
plugins = ["dep:extism"]

[dependencies]
prometheus = { version = "0.13", optional = true }
opentelemetry = { version = "0.27", optional = true }
tracing-opentelemetry = { version = "0.28", optional = true }
extism = { version = "1", optional = true }
`,
    })
      .filter(m => m.ecosystem === 'cargo')
      .map(brief);
    expect(found).toEqual([
      'cargo prometheus @11 runtime',
      'cargo opentelemetry @12 dev',
      'cargo tracing-opentelemetry @13 dev',
      'cargo extism @14 runtime',
    ]);
  });
});
