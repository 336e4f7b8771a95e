/**
 * The benchmark page: a `<todo-list>` rendering N `<todo-item>` elements from
 * the store, each with attributes, a scoped style and a slot — written the way Enhance apps
 * usually are (a plain template literal inside map/join).
 */
import type { FixtureArgs } from './ssr-compare.js';

// A template literal, as head.mjs files write it: the app loader tags it as markup.
export const defaultHead: string =
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Todos</title><link rel="icon" href="/_public/favicon.svg"></head>`;

function TodoItem({ html, state }: FixtureArgs): string {
  const { attrs } = state;
  const checked = attrs.completed === 'true' ? 'checked' : '';
  return html`
<style>
  :host { display: block; }
  li { list-style: none; padding: 0.5rem; }
  :host([completed="true"]) label { text-decoration: line-through; }
  input[type=checkbox] { margin-right: 0.5rem; }
  ::slotted(span) { color: gray; }
</style>
<li id="todo-${attrs.key}">
  <input type="checkbox" name="done" ${checked}>
  <label><slot></slot></label>
</li>`;
}

function TodoList({ html, state }: FixtureArgs): string {
  const todos: { id: string; title: string; completed: boolean }[] = state.store.todos ?? [];
  return html`
<style>:host { display: block; } ul { margin: 0; padding: 0; }</style>
<h2>${state.attrs.heading || 'Todos'}</h2>
<ul>
  ${todos.map((t) => `<todo-item key="${t.id}" completed="${t.completed}">${t.title}</todo-item>`).join('')}
</ul>`;
}

export const todoElements: Record<string, unknown> = { 'todo-item': TodoItem, 'todo-list': TodoList };

/** A store with `count` todos; `seed` varies the text so stores differ between renders. */
export function todoStore(count: number, seed: number): { todos: { id: string; title: string; completed: boolean }[] } {
  const todos = [];
  for (let i = 0; i < count; i++) todos.push({ id: `t${seed}-${i}`, title: `Task ${i} of batch ${seed}`, completed: (i + seed) % 3 === 0 });
  return { todos };
}
