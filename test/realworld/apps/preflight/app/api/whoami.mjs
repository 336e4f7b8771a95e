// Reads the API Gateway v2 fields Architect hands every handler, as apps that log or rate-limit do.
export async function get(req) {
  const { http } = req.requestContext
  return {
    json: {
      rawPath: req.rawPath,
      rawQueryString: req.rawQueryString,
      queryStringParameters: req.queryStringParameters,
      cookies: req.cookies,
      method: http.method,
      path: http.path,
      sourceIp: http.sourceIp,
      userAgent: http.userAgent,
      requestId: typeof req.requestContext.requestId,
      timeEpoch: typeof req.requestContext.timeEpoch,
      routeKey: req.routeKey,
      version: req.version,
      isBase64Encoded: req.isBase64Encoded,
    },
  }
}
