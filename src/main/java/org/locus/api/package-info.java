/**
 * The JSON service for integrators, under {@code /api/v1}: the questionnaire and the JSON Schema of the answers
 * document, diagnoses one at a time or in batches (streamed as JSON lines on request), the case library with the
 * trainer's what-if, and the rule base. Everything a person can do with a diagnosis in the UI, a program can do here.
 * Every client mistake comes back as an RFC 9457 problem detail naming each bad field with a JSON pointer. The
 * contract is published as OpenAPI at {@code /v3/api-docs}; {@code docs/api.md} explains it field by field.
 */
package org.locus.api;
