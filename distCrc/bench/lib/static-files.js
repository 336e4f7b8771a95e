/**
 * The files the `static` suite serves: a 2 KB stylesheet and a 500 KB image, written to a fresh
 * temporary project folder so every server reads the same bytes and nothing large is committed.
 * The image bytes are pseudo-random (a fixed seed): as incompressible as a real photo.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export function staticAssets() {
    const rule = (i) => `.card-${i} { padding: ${i % 9}px; border: 1px solid #${(i * 4099).toString(16).padStart(6, '0').slice(-6)}; }\n`;
    let css = '';
    for (let i = 0; css.length < 2048; i++)
        css += rule(i);
    const image = Buffer.alloc(500 * 1024);
    let x = 20251202;
    for (let i = 0; i < image.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        image[i] = x >> 16;
    }
    return [
        { label: '2 KB stylesheet', path: '/_public/styles/site.css', bytes: Buffer.from(css.slice(0, 2048)) },
        { label: '500 KB image', path: '/_public/images/photo.png', bytes: image },
    ];
}
/** Writes the assets into `<tmp>/public/` (plus the `app/` folder Uplift needs); returns the root. */
export async function writeStaticProject() {
    const root = await mkdtemp(join(tmpdir(), 'uplift-bench-static-'));
    await mkdir(join(root, 'app', 'pages'), { recursive: true });
    await writeFile(join(root, 'app', 'pages', 'index.html'), '<p>static bench</p>');
    for (const asset of staticAssets()) {
        const file = join(root, 'public', ...asset.path.slice('/_public/'.length).split('/'));
        await mkdir(join(file, '..'), { recursive: true });
        await writeFile(file, asset.bytes);
    }
    return root;
}
//# sourceMappingURL=static-files.js.map