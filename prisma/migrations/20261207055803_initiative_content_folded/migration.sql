-- The consolidated list's search ("ho so dat dai" finds "Hồ sơ đất đai") ran an accent-insensitive regular
-- expression on the content of every row of the campaign (~19,000 at city scale, twice per page: the rows
-- and the counts). The content is now folded once, when it is written (lower case, the Vietnamese
-- diacritics removed with the same letters as lib/consolidation/filters.ts FOLD_FROM/FOLD_TO, spaces
-- collapsed), and the search is a plain LIKE on the folded copy. The app never writes the column: the
-- trigger below keeps it equal to the content whatever path writes a row.

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "contentFolded" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION "Initiative_content_folded"() RETURNS trigger AS $$
BEGIN
  NEW."contentFolded" := regexp_replace(translate(lower(NEW."content"), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), '\s+', ' ', 'g');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Initiative_content_folded"
BEFORE INSERT OR UPDATE OF "content", "contentFolded" ON "Initiative"
FOR EACH ROW EXECUTE FUNCTION "Initiative_content_folded"();

-- Backfill
UPDATE "Initiative" SET "contentFolded" = regexp_replace(translate(lower("content"), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), '\s+', ' ', 'g');

ANALYZE "Initiative";
