import { Controller, Get, HttpCode, HttpStatus, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.INTERNAL_SERVER_ERROR)
  endpoint() {
    return { error: "internal_server_error", message: "Internal Server Error" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
