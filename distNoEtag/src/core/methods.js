/** The methods Uplift routes, in the order `Allow` lists them. Others get 501 (RFC 9110 §15.6.2). */
const routedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
export function isKnownMethod(method) {
    return routedMethods.includes(method);
}
/** HEAD falls back to the GET handler (RFC 9110 §9.3.2), as every other framework does. */
export function findHandler(methods, method) {
    return methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
}
/** The `Allow` value of a route: its handlers' methods, GET and HEAD when there is a page, and OPTIONS. */
export function allowedMethods(routes) {
    const handled = routes.api?.module.methods;
    const getsPage = routes.page !== undefined || handled?.has('GET') === true;
    return routedMethods
        .filter((method) => method === 'OPTIONS' || handled?.has(method) || (getsPage && (method === 'GET' || method === 'HEAD')))
        .join(', ');
}
//# sourceMappingURL=methods.js.map