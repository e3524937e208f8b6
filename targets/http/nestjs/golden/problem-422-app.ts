import {
  Controller,
  Header,
  HttpCode,
  HttpStatus,
  Module,
  Post,
  Req,
} from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import type { Request } from "express";

@Controller()
class EndpointController {
  @Post("endpoint")
  @HttpCode(HttpStatus.UNPROCESSABLE_ENTITY)
  @Header("Content-Type", "application/problem+json")
  endpoint(@Req() req: Request) {
    return {
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      instance: req.path,
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
