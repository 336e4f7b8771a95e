// One head for every target, so the page bench compares the same document byte for byte.
export default function head() {
  return '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Todos</title></head>';
}
