import { Controller, Get, HttpCode, HttpStatus, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.NOT_FOUND)
  endpoint() {
    return { error: "not_found", message: "Not Found" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
