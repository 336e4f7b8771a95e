import { addNote, listNotes } from '../lib/notes-store.mjs';

// GET /notes: the list, as JSON for fetch() clients or as the page's store for browsers.
export async function get(req) {
  return { json: { notes: listNotes(), problems: req.session.problems ?? null } };
}

// POST /notes: a plain HTML form posts here; the browser is redirected back to the list.
export async function post(req) {
  const title = String(req.body.title ?? '').trim();
  const body = String(req.body.body ?? '').trim();
  if (!title) {
    return { location: '/notes', session: { problems: { title: 'A note needs a title' } } };
  }
  const note = addNote({ title, body });
  // Clear a problem left by an earlier attempt; otherwise leave the session alone.
  return req.session.problems ? { location: `/notes/${note.id}`, session: {} } : { location: `/notes/${note.id}` };
}
