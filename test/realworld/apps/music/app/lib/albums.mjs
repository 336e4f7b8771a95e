// Two made-up albums; each track id is `<album>-<track>`.
const albums = [
  {
    id: 1,
    title: 'Harbour Lights',
    artist: 'The Night Ferries',
    year: 2021,
    cover: '/_public/covers/harbour-lights.webp',
    tracks: [
      { title: 'Low Tide', length: '3:41' },
      { title: 'Foghorn Waltz', length: '4:02' },
      { title: 'Last Crossing', length: '5:15' },
    ],
  },
  {
    id: 2,
    title: 'Paper Orbit',
    artist: 'Mira & the Satellites',
    year: 2023,
    cover: '/_public/covers/paper-orbit.webp',
    label: 'Kite Records',
    tracks: [
      { title: 'Launch Window', length: '2:58' },
      { title: 'Apogee', length: '3:33' },
    ],
  },
]

export default albums
