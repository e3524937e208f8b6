var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["Location"] = "https://example.com/new-endpoint";
    return Results.Content("""{"location":"https://example.com/new-endpoint","message":"This resource has moved permanently."}""", "application/json", statusCode: StatusCodes.Status301MovedPermanently);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
