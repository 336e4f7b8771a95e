// An in-memory store, so the example runs with no database. Data lives until the process exits.
const notes = new Map([
  ['1', { id: '1', title: 'Try Uplift', body: 'Post the form below: it works with JavaScript turned off.' }],
]);
let nextId = 2;

export function listNotes() {
  return [...notes.values()];
}

export function findNote(id) {
  return notes.get(id);
}

export function addNote({ title, body }) {
  const note = { id: String(nextId++), title, body };
  notes.set(note.id, note);
  return note;
}

export function removeNote(id) {
  return notes.delete(id);
}
