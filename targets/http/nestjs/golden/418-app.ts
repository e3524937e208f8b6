import { Controller, Get, HttpCode, HttpStatus, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.I_AM_A_TEAPOT)
  endpoint() {
    return { error: "im_a_teapot", message: "I'm a teapot" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
