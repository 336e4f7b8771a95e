export default function Head() {
  return '<!doctype html><html lang="en"><head><title>Movies</title><link rel="stylesheet" href="/enhance-styles.css"></head>'
}
