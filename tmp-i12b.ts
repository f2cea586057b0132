import { parseVietnameseNumber } from "./src/numbers/index.js";
import { importDossierTable } from "./src/io/index.js";
for (const s of ["4,52 ngàn", "4,52 nghìn", "1,2 triệu", "12,5", "98,5%"]) console.log(s, JSON.stringify(parseVietnameseNumber(s)));
const t = "Đơn vị\tTồn kỳ trước\tTiếp nhận mới\tĐã giải quyết\tĐúng hạn\tQuá hạn\tĐang giải quyết\n" +
  "Sở Tư pháp\t12\t340\t330\t325\t5\t22";
const r = importDossierTable(t);
console.log(JSON.stringify(r, null, 1));
