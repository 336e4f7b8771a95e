export default function NoteForm({ html, state }) {
  const problem = state.store.problems?.title;
  return html`
    <style>
      :host form { display: grid; gap: 0.5rem; max-width: 30rem; }
      :host .problem { color: #b00; }
    </style>
    <form method="post" action="/notes">
      ${problem ? `<p class="problem">${problem}</p>` : ''}
      <label>Title <input name="title" required></label>
      <label>Body <textarea name="body"></textarea></label>
      <button>Add note</button>
    </form>
    <script type="module">
      // Progressive enhancement: with JavaScript, focus the title; without it, the form still works.
      document.querySelector('note-form input[name=title]')?.focus();
    </script>
  `;
}
