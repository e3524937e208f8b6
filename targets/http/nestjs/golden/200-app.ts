import { Controller, Get, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  endpoint() {
    return {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
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
