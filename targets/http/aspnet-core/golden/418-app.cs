var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"error":"im_a_teapot","message":"I'm a teapot"}""", "application/json", statusCode: StatusCodes.Status418ImATeapot);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
