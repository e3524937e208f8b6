var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"message":"\"quoted\" 'string' \\ back\\slash","js":"${process.env.HOME}","ruby":"#{system('id')} #@x","shell":"$x $(id) `id`","comment":"*/ -- ?> \"\"\"","lines":"one\ntwo\r\n\tthree\u2028four","unicode":"café 😀 漢字","nested":{"list":[1,2.5,-3e-7,true,false,null],"":"empty key"}}""", "application/json", statusCode: StatusCodes.Status200OK);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
