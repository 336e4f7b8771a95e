// Layout elements published on npm, used as the app's own.
import { sidebar } from '@enhance/layout-elements'
export default sidebar
