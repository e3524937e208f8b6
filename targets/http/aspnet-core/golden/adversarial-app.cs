using System.Text.Json.Nodes;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", () =>
    Results.Ok(
        new JsonObject
        {
            ["message"] = "\"quoted\" 'string' \\ back\\slash",
            ["js"] = "${process.env.HOME}",
            ["ruby"] = "#{system('id')} #@x",
            ["shell"] = "$x $(id) `id`",
            ["comment"] = "*/ -- ?> \"\"\"",
            ["lines"] = "one\ntwo\r\n\tthree\u2028four",
            ["unicode"] = "café 😀 漢字",
            ["nested"] = new JsonObject
            {
                ["list"] = new JsonArray(1, 2.5, -3e-7, true, false, null),
                [""] = "empty key",
            },
        }));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
