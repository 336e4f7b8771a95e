import { findNote, removeNote } from '../../lib/notes-store.mjs';

// GET /notes/:id — a $param route. `req.params.id` is the segment as sent.
export async function get(req) {
  const note = findNote(req.params.id);
  if (!note) return { status: 404, json: { error: `No note ${req.params.id}` } };
  return { json: { note } };
}

// POST /notes/:id with _action=delete: forms can only GET and POST, so the action is a field.
export async function post(req) {
  if (req.body._action === 'delete') removeNote(req.params.id);
  return { location: '/notes' };
}

// DELETE /notes/:id for fetch() clients.
export async function destroy(req) {
  return { json: { deleted: removeNote(req.params.id) } };
}
