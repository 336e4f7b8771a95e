export default function NoteList({ html, state }) {
  const notes = state.store.notes ?? [];
  if (notes.length === 0) return html`<p>No notes yet.</p>`;
  return html`
    <ul class="notes">
      ${notes.map((note) => `<li><a href="/notes/${note.id}">${note.title}</a></li>`).join('')}
    </ul>
  `;
}
