// A small fixed catalogue instead of a movie database API.
export const movies = [
  { id: 11, title: 'The Quiet Orchard', genre: 'drama', year: 2019, rating: 7.4 },
  { id: 12, title: 'Rocket Gardeners', genre: 'comedy', year: 2021, rating: 6.8 },
  { id: 13, title: 'Signal in the Snow', genre: 'thriller', year: 2020, rating: 7.9 },
  { id: 14, title: 'A Map of Small Rooms', genre: 'drama', year: 2022, rating: 8.1 },
  { id: 15, title: 'Teacup Typhoon', genre: 'comedy', year: 2018, rating: 5.9 },
]

export const genres = ['comedy', 'drama', 'thriller']

export const pageSize = 2

export function pageOf(list, page) {
  const number = Math.max(1, Number.parseInt(page || '1', 10) || 1)
  return { page: number, pages: Math.ceil(list.length / pageSize), results: list.slice((number - 1) * pageSize, number * pageSize) }
}
