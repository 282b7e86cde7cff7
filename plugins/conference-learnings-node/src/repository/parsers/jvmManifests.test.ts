import { briefMention as brief } from '../__testUtils__/briefMention';
import { parseCsproj } from './dotnetManifests';
import { parseGradle, parsePom } from './jvmManifests';

describe('parsePom', () => {
  it('names Maven and reports dependencies with their scope', () => {
    const found = parsePom({
      path: 'pom.xml',
      content: `<?xml version="1.0"?>
<project>
  <dependencies>
    <dependency>
      <groupId>org.liquibase</groupId>
      <artifactId>liquibase-core</artifactId>
    </dependency>
    <dependency>
      <groupId>org.testcontainers</groupId>
      <artifactId>postgresql</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Maven @2 runtime',
      'maven org.liquibase:liquibase-core @6 runtime',
      'maven org.testcontainers:postgresql @10 test',
    ]);
  });
});

describe('parseGradle', () => {
  it('names Gradle and Kotlin, and reads dependency lists continued over lines', () => {
    const found = parseGradle({
      path: 'build.gradle.kts',
      content: `plugins {
    kotlin("jvm") version "2.0.0"
}

dependencies {
    implementation "io.grpc:grpc-stub:\${grpcVersion}",
            "org.apache.kafka:kafka-clients:3.7.0"
    runtimeOnly group: 'org.mariadb', name: 'r2dbc-mariadb'
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")
}

protobuf {
    artifact = "com.google.protobuf:protoc:3.25.0"
}
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Gradle Build Tool @1 runtime',
      'tool Kotlin @2 runtime',
      'maven io.grpc:grpc-stub @6 runtime',
      'maven org.apache.kafka:kafka-clients @7 runtime',
      'maven org.mariadb:r2dbc-mariadb @8 runtime',
      'maven org.junit.jupiter:junit-jupiter @9 test',
    ]);
  });
});

describe('parseCsproj', () => {
  it('names .NET; build-only packages are dev', () => {
    const found = parseCsproj({
      path: 'src/Cart/Cart.csproj',
      content: `<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="Npgsql" Version="8.0.0" />
    <PackageReference Include="Grpc.Tools" Version="2.60.0">
      <PrivateAssets>all</PrivateAssets>
    </PackageReference>
  </ItemGroup>
</Project>
`,
    }).map(brief);
    expect(found).toEqual([
      'tool .NET @1 runtime',
      'nuget Npgsql @3 runtime',
      'nuget Grpc.Tools @4 dev',
    ]);
  });

  it('reports a test project as test', () => {
    const found = parseCsproj({
      path: 'tests/Cart.Tests.csproj',
      content: `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup><PackageReference Include="xunit" /></ItemGroup>
</Project>`,
    }).map(brief);
    expect(found).toEqual(['tool .NET @1 test', 'nuget xunit @2 test']);
  });
});
