import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Module,
  Req,
} from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import type { Request } from "express";

@Controller()
class EndpointController {
  @Get("items/:item_id")
  @HttpCode(HttpStatus.NOT_FOUND)
  @Header("Content-Type", "application/problem+json")
  endpoint(@Req() req: Request) {
    // Path parameters: @Param("item_id") item_id: string (the fixed response below does not use them).
    return {
      type: "about:blank",
      title: "Not Found",
      status: 404,
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
