// @ts-check

/**
 * Links between entities and talks, learnings about talks, and the audit log of
 * every write. Entity and talk refs are full, lower-case entity refs; nothing here
 * references the catalog, so links and learnings outlive the entities they name.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('links', table => {
    table.comment('An entity explicitly linked to a talk');
    table.string('id', 36).primary().comment('UUID');
    table.string('entity_ref', 255).notNullable();
    table.string('talk_ref', 255).notNullable();
    table.text('note').nullable();
    table.string('created_by', 255).notNullable().comment('User entity ref');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['entity_ref', 'talk_ref'], {
      indexName: 'links_entity_talk_unique',
    });
    table.index(['talk_ref'], 'links_talk_ref_idx');
  });

  await knex.schema.createTable('learnings', table => {
    table.comment('Takeaways of one person from a talk, in Markdown');
    table.string('id', 36).primary().comment('UUID');
    table.string('talk_ref', 255).notNullable();
    table.text('body').notNullable();
    table
      .text('technology_refs')
      .notNullable()
      .comment('JSON array of technology entity refs');
    table.string('created_by', 255).notNullable().comment('User entity ref');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).nullable();
    table.timestamp('updated_at', { useTz: true }).nullable();
    table.index(['talk_ref', 'created_at'], 'learnings_talk_ref_idx');
    table.index(['created_at'], 'learnings_created_at_idx');
  });

  await knex.schema.createTable('audit_log', table => {
    table.comment('Who changed what and when; one row per write');
    table.bigIncrements('id').primary();
    table
      .string('action', 64)
      .notNullable()
      .comment('link.create, link.delete, learning.create, ...');
    table.string('subject_id', 36).notNullable().comment('Link or learning id');
    table.string('actor', 255).notNullable().comment('User entity ref');
    table.timestamp('at', { useTz: true }).notNullable();
    table.text('details').nullable().comment('JSON');
    table.index(['subject_id'], 'audit_log_subject_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('audit_log');
  await knex.schema.dropTable('learnings');
  await knex.schema.dropTable('links');
};
