/**
 * Decides whether an answer is the rendered todo page, before any load: a target that serves the
 * page without expanding its elements does far less work, and its req/s would be a fake number.
 */
import { Parser } from 'htmlparser2';
const enhancedMark = '✨';
/**
 * Check that `html` is the todo page for `todos`: an expanded `<todo-list>`, one expanded
 * `<todo-item enhanced="✨">` per todo in order (its key, its checkbox reflecting `done`, its title
 * slotted in), no `<slot>` left over, and the elements' styles hoisted into the head.
 */
export function checkTodoPage(html, todos) {
    const items = [];
    let current = null;
    let expandedLists = 0;
    let leftoverSlots = 0;
    let inHead = false;
    let inHeadStyle = false;
    let headStyles = '';
    const parser = new Parser({
        onopentag(name, attribs) {
            if (name === 'head')
                inHead = true;
            else if (name === 'style' && inHead)
                inHeadStyle = true;
            else if (name === 'slot')
                leftoverSlots++;
            else if (name === 'todo-list' && attribs['enhanced'] === enhancedMark)
                expandedLists++;
            else if (name === 'todo-item' && attribs['enhanced'] === enhancedMark)
                current = { key: attribs['key'], checked: null, text: '' };
            else if (name === 'input' && current !== null && attribs['type'] === 'checkbox')
                current.checked = 'checked' in attribs;
        },
        ontext(text) {
            if (inHeadStyle)
                headStyles += text;
            if (current !== null)
                current.text += text;
        },
        onclosetag(name) {
            if (name === 'head')
                inHead = false;
            else if (name === 'style')
                inHeadStyle = false;
            else if (name === 'todo-item' && current !== null) {
                items.push(current);
                current = null;
            }
        },
    });
    parser.end(html);
    const problem = findProblem(items, todos, { expandedLists, leftoverSlots, headStyles });
    if (problem !== null)
        return { ok: false, detail: problem };
    return { ok: true, detail: `${items.length}/${todos.length} todo-item elements expanded, slots filled, styles hoisted` };
}
function findProblem(items, todos, page) {
    if (items.length !== todos.length) {
        return `${items.length} of ${todos.length} todo-item elements with enhanced="${enhancedMark}" found (elements not expanded?)`;
    }
    if (page.expandedLists !== 1)
        return `${page.expandedLists} expanded todo-list elements, expected 1`;
    for (const [index, todo] of todos.entries()) {
        const item = items[index];
        const name = `todo-item ${index + 1}`;
        if (item.key !== String(todo.id))
            return `${name} has key ${JSON.stringify(item.key)}, expected "${todo.id}"`;
        if (item.checked !== todo.done)
            return `${name}'s checkbox is ${describeCheckbox(item.checked)}, expected ${todo.done ? 'checked' : 'unchecked'}`;
        if (!item.text.includes(todo.title))
            return `${name} does not show its title ${JSON.stringify(todo.title)}`;
    }
    if (page.leftoverSlots > 0)
        return `${page.leftoverSlots} slot elements left in the page (slots not filled)`;
    if (!page.headStyles.includes('todo-item') || !page.headStyles.includes('todo-list')) {
        return 'the elements\' styles are not hoisted into a style element in the head';
    }
    return null;
}
function describeCheckbox(checked) {
    if (checked === null)
        return 'missing';
    return checked ? 'checked' : 'unchecked';
}
//# sourceMappingURL=check-todo-page.js.map