import { collection } from '@enhance/layout-elements'
export default collection
