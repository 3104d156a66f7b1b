// Loaded from a file, not inline, so the page keeps the strict script-src 'self' policy.
window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
