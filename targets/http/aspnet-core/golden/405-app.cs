var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["Allow"] = "GET, HEAD";
    return Results.Content("""{"error":"method_not_allowed","message":"Method Not Allowed"}""", "application/json", statusCode: StatusCodes.Status405MethodNotAllowed);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
