export default function NoteDetail({ html, state }) {
  const { note, error } = state.store;
  if (!note) return html`<p>${error ?? 'Note not found'}</p>`;
  return html`
    <article>
      <h1>${note.title}</h1>
      <p>${note.body}</p>
      <form method="post" action="/notes/${note.id}">
        <input type="hidden" name="_action" value="delete">
        <button>Delete</button>
      </form>
    </article>
  `;
}
