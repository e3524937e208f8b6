import { Controller, Get, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  endpoint() {
    return {
      message: "\"quoted\" 'string' \\ back\\slash",
      js: "${process.env.HOME}",
      ruby: "#{system('id')} #@x",
      shell: "$x $(id) `id`",
      comment: '*/ -- ?> """',
      lines: "one\ntwo\r\n\tthree\u2028four",
      unicode: "café 😀 漢字",
      nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
    };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
