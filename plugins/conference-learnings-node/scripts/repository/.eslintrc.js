// The folders here hold labelled sets of real repositories' manifest files,
// kept as they are: never linted.
module.exports = { ignorePatterns: ['*/'] };
