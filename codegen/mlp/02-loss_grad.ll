; ModuleID = 'mlp'
source_filename = "mlp"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 4, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 25
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = getelementptr inbounds i8*, i8** %0, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %8, i8** %9, align 8
  %10 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %10, i64 0, i64 8)
  %11 = getelementptr inbounds i8*, i8** %0, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %13, i8** %14, align 8
  %15 = getelementptr inbounds i8*, i8** %0, i64 36
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %16, i8** %17, align 8
  %18 = getelementptr inbounds i8*, i8** %0, i64 1
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %19, i8** %20, align 8
  %21 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %21, i64 0, i64 8)
  %22 = getelementptr inbounds i8*, i8** %0, i64 36
  %23 = load i8*, i8** %22, align 8
  %24 = getelementptr inbounds i8, i8* %23, i64 1024
  %25 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %24, i8** %25, align 8
  %26 = getelementptr inbounds i8*, i8** %0, i64 4
  %27 = load i8*, i8** %26, align 8
  %28 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %27, i8** %28, align 8
  %29 = getelementptr inbounds i8*, i8** %0, i64 36
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 2048
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %31, i8** %32, align 8
  %33 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %33, i64 0, i64 8)
  %34 = getelementptr inbounds i8*, i8** %0, i64 36
  %35 = load i8*, i8** %34, align 8
  %36 = getelementptr inbounds i8, i8* %35, i64 3072
  %37 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %36, i8** %37, align 8
  %38 = getelementptr inbounds i8*, i8** %0, i64 36
  %39 = load i8*, i8** %38, align 8
  %40 = getelementptr inbounds i8, i8* %39, i64 2048
  %41 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %40, i8** %41, align 8
  %42 = getelementptr inbounds i8*, i8** %0, i64 5
  %43 = load i8*, i8** %42, align 8
  %44 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %43, i8** %44, align 8
  %45 = getelementptr inbounds i8*, i8** %0, i64 36
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8, i8* %46, i64 1024
  %48 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %47, i8** %48, align 8
  %49 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %49, i64 0, i64 8)
  %50 = getelementptr inbounds i8*, i8** %0, i64 36
  %51 = load i8*, i8** %50, align 8
  %52 = getelementptr inbounds i8, i8* %51, i64 3072
  %53 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %52, i8** %53, align 8
  %54 = getelementptr inbounds i8*, i8** %0, i64 6
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %55, i8** %56, align 8
  %57 = getelementptr inbounds i8*, i8** %0, i64 36
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 4096
  %60 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %59, i8** %60, align 8
  %61 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %61, i64 0, i64 8)
  %62 = getelementptr inbounds i8*, i8** %0, i64 36
  %63 = load i8*, i8** %62, align 8
  %64 = getelementptr inbounds i8, i8* %63, i64 5120
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %64, i8** %65, align 8
  %66 = getelementptr inbounds i8*, i8** %0, i64 36
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 4096
  %69 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %68, i8** %69, align 8
  %70 = getelementptr inbounds i8*, i8** %0, i64 7
  %71 = load i8*, i8** %70, align 8
  %72 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %71, i8** %72, align 8
  %73 = getelementptr inbounds i8*, i8** %0, i64 36
  %74 = load i8*, i8** %73, align 8
  %75 = getelementptr inbounds i8, i8* %74, i64 3072
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %77, i64 0, i64 8)
  %78 = getelementptr inbounds i8*, i8** %0, i64 36
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 5120
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 2
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = getelementptr inbounds i8*, i8** %0, i64 36
  %86 = load i8*, i8** %85, align 8
  %87 = getelementptr inbounds i8, i8* %86, i64 6144
  %88 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %87, i8** %88, align 8
  %89 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %89, i64 0, i64 8)
  %90 = getelementptr inbounds i8*, i8** %0, i64 36
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 6144
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 3
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %97, i64 0, i64 8)
  %98 = getelementptr inbounds i8*, i8** %0, i64 26
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = bitcast i8** %pointers to i8*
  %102 = call i1 @eptc_check_1(i8* %101)
  br i1 %102, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 18

valid:                                            ; preds = %entry
  %103 = getelementptr inbounds i8*, i8** %0, i64 36
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8, i8* %104, i64 6144
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %105, i8** %106, align 8
  %107 = getelementptr inbounds i8*, i8** %0, i64 26
  %108 = load i8*, i8** %107, align 8
  %109 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %108, i8** %109, align 8
  %110 = getelementptr inbounds i8*, i8** %0, i64 36
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 6272
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %112, i8** %113, align 8
  %114 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %114, i64 0, i64 8)
  %115 = getelementptr inbounds i8*, i8** %0, i64 26
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %116, i8** %117, align 8
  %118 = getelementptr inbounds i8*, i8** %0, i64 36
  %119 = load i8*, i8** %118, align 8
  %120 = getelementptr inbounds i8, i8* %119, i64 6272
  %121 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %120, i8** %121, align 8
  %122 = getelementptr inbounds i8*, i8** %0, i64 27
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %123, i8** %124, align 8
  %125 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %125, i64 0, i64 1)
  %126 = getelementptr inbounds i8*, i8** %0, i64 36
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 6272
  %129 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %128, i8** %129, align 8
  %130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %130, i64 0, i64 1)
  %131 = getelementptr inbounds i8*, i8** %0, i64 26
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %132, i8** %133, align 8
  %134 = bitcast i8** %pointers to i8*
  %135 = call i1 @eptc_check_1(i8* %134)
  br i1 %135, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 20

valid2:                                           ; preds = %valid
  %136 = getelementptr inbounds i8*, i8** %0, i64 26
  %137 = load i8*, i8** %136, align 8
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %137, i8** %138, align 8
  %139 = getelementptr inbounds i8*, i8** %0, i64 36
  %140 = load i8*, i8** %139, align 8
  %141 = getelementptr inbounds i8, i8* %140, i64 6272
  %142 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %141, i8** %142, align 8
  %143 = getelementptr inbounds i8*, i8** %0, i64 36
  %144 = load i8*, i8** %143, align 8
  %145 = getelementptr inbounds i8, i8* %144, i64 6336
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %145, i8** %146, align 8
  %147 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %147, i64 0, i64 1)
  %148 = getelementptr inbounds i8*, i8** %0, i64 36
  %149 = load i8*, i8** %148, align 8
  %150 = getelementptr inbounds i8, i8* %149, i64 6144
  %151 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %150, i8** %151, align 8
  %152 = getelementptr inbounds i8*, i8** %0, i64 26
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %153, i8** %154, align 8
  %155 = getelementptr inbounds i8*, i8** %0, i64 36
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8, i8* %156, i64 6336
  %158 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %157, i8** %158, align 8
  %159 = getelementptr inbounds i8*, i8** %0, i64 36
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 7168
  %162 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %161, i8** %162, align 8
  %163 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %163, i64 0, i64 8)
  %164 = getelementptr inbounds i8*, i8** %0, i64 36
  %165 = load i8*, i8** %164, align 8
  %166 = getelementptr inbounds i8, i8* %165, i64 7168
  %167 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %166, i8** %167, align 8
  %168 = getelementptr inbounds i8*, i8** %0, i64 31
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %169, i8** %170, align 8
  %171 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %171, i64 0, i64 4)
  %172 = getelementptr inbounds i8*, i8** %0, i64 36
  %173 = load i8*, i8** %172, align 8
  %174 = getelementptr inbounds i8, i8* %173, i64 7168
  %175 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %174, i8** %175, align 8
  %176 = getelementptr inbounds i8*, i8** %0, i64 2
  %177 = load i8*, i8** %176, align 8
  %178 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %177, i8** %178, align 8
  %179 = getelementptr inbounds i8*, i8** %0, i64 36
  %180 = load i8*, i8** %179, align 8
  %181 = getelementptr inbounds i8, i8* %180, i64 6144
  %182 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %181, i8** %182, align 8
  %183 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %183, i64 0, i64 8)
  %184 = getelementptr inbounds i8*, i8** %0, i64 36
  %185 = load i8*, i8** %184, align 8
  %186 = getelementptr inbounds i8, i8* %185, i64 5120
  %187 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %186, i8** %187, align 8
  %188 = getelementptr inbounds i8*, i8** %0, i64 36
  %189 = load i8*, i8** %188, align 8
  %190 = getelementptr inbounds i8, i8* %189, i64 7168
  %191 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %190, i8** %191, align 8
  %192 = getelementptr inbounds i8*, i8** %0, i64 30
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %193, i8** %194, align 8
  %195 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %195, i64 0, i64 32)
  %196 = getelementptr inbounds i8*, i8** %0, i64 36
  %197 = load i8*, i8** %196, align 8
  %198 = getelementptr inbounds i8, i8* %197, i64 4096
  %199 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %198, i8** %199, align 8
  %200 = getelementptr inbounds i8*, i8** %0, i64 7
  %201 = load i8*, i8** %200, align 8
  %202 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %201, i8** %202, align 8
  %203 = getelementptr inbounds i8*, i8** %0, i64 36
  %204 = load i8*, i8** %203, align 8
  %205 = getelementptr inbounds i8, i8* %204, i64 6144
  %206 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %205, i8** %206, align 8
  %207 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %207, i64 0, i64 8)
  %208 = getelementptr inbounds i8*, i8** %0, i64 36
  %209 = load i8*, i8** %208, align 8
  %210 = getelementptr inbounds i8, i8* %209, i64 4096
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %210, i8** %211, align 8
  %212 = getelementptr inbounds i8*, i8** %0, i64 35
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %213, i8** %214, align 8
  %215 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %215, i64 0, i64 1)
  %216 = getelementptr inbounds i8*, i8** %0, i64 36
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 3072
  %219 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %218, i8** %219, align 8
  %220 = getelementptr inbounds i8*, i8** %0, i64 36
  %221 = load i8*, i8** %220, align 8
  %222 = getelementptr inbounds i8, i8* %221, i64 4096
  %223 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %222, i8** %223, align 8
  %224 = getelementptr inbounds i8*, i8** %0, i64 34
  %225 = load i8*, i8** %224, align 8
  %226 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %225, i8** %226, align 8
  %227 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %227, i64 0, i64 32)
  %228 = getelementptr inbounds i8*, i8** %0, i64 36
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 4096
  %231 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %230, i8** %231, align 8
  %232 = getelementptr inbounds i8*, i8** %0, i64 6
  %233 = load i8*, i8** %232, align 8
  %234 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %233, i8** %234, align 8
  %235 = getelementptr inbounds i8*, i8** %0, i64 36
  %236 = load i8*, i8** %235, align 8
  %237 = getelementptr inbounds i8, i8* %236, i64 3072
  %238 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %237, i8** %238, align 8
  %239 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %239, i64 0, i64 8)
  %240 = getelementptr inbounds i8*, i8** %0, i64 36
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 3072
  %243 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %242, i8** %243, align 8
  %244 = getelementptr inbounds i8*, i8** %0, i64 36
  %245 = load i8*, i8** %244, align 8
  %246 = getelementptr inbounds i8, i8* %245, i64 6144
  %247 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %246, i8** %247, align 8
  %248 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %248, i64 0, i64 1)
  %249 = getelementptr inbounds i8*, i8** %0, i64 36
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 2048
  %252 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %251, i8** %252, align 8
  %253 = getelementptr inbounds i8*, i8** %0, i64 5
  %254 = load i8*, i8** %253, align 8
  %255 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %254, i8** %255, align 8
  %256 = getelementptr inbounds i8*, i8** %0, i64 36
  %257 = load i8*, i8** %256, align 8
  %258 = getelementptr inbounds i8, i8* %257, i64 3072
  %259 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %258, i8** %259, align 8
  %260 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %260, i64 0, i64 8)
  %261 = getelementptr inbounds i8*, i8** %0, i64 36
  %262 = load i8*, i8** %261, align 8
  %263 = getelementptr inbounds i8, i8* %262, i64 2048
  %264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %263, i8** %264, align 8
  %265 = getelementptr inbounds i8*, i8** %0, i64 33
  %266 = load i8*, i8** %265, align 8
  %267 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %266, i8** %267, align 8
  %268 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %268, i64 0, i64 1)
  %269 = getelementptr inbounds i8*, i8** %0, i64 36
  %270 = load i8*, i8** %269, align 8
  %271 = getelementptr inbounds i8, i8* %270, i64 1024
  %272 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %271, i8** %272, align 8
  %273 = getelementptr inbounds i8*, i8** %0, i64 36
  %274 = load i8*, i8** %273, align 8
  %275 = getelementptr inbounds i8, i8* %274, i64 2048
  %276 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %275, i8** %276, align 8
  %277 = getelementptr inbounds i8*, i8** %0, i64 32
  %278 = load i8*, i8** %277, align 8
  %279 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %278, i8** %279, align 8
  %280 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %280, i64 0, i64 32)
  %281 = getelementptr inbounds i8*, i8** %0, i64 36
  %282 = load i8*, i8** %281, align 8
  %283 = getelementptr inbounds i8, i8* %282, i64 2048
  %284 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %283, i8** %284, align 8
  %285 = getelementptr inbounds i8*, i8** %0, i64 4
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %286, i8** %287, align 8
  %288 = getelementptr inbounds i8*, i8** %0, i64 36
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 1024
  %291 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %290, i8** %291, align 8
  %292 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %292, i64 0, i64 8)
  %293 = getelementptr inbounds i8*, i8** %0, i64 36
  %294 = load i8*, i8** %293, align 8
  %295 = getelementptr inbounds i8, i8* %294, i64 1024
  %296 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %295, i8** %296, align 8
  %297 = getelementptr inbounds i8*, i8** %0, i64 36
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %298, i8** %299, align 8
  %300 = getelementptr inbounds i8*, i8** %0, i64 1
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %301, i8** %302, align 8
  %303 = getelementptr inbounds i8*, i8** %0, i64 36
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 3072
  %306 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %305, i8** %306, align 8
  %307 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %307, i64 0, i64 8)
  %308 = getelementptr inbounds i8*, i8** %0, i64 36
  %309 = load i8*, i8** %308, align 8
  %310 = getelementptr inbounds i8, i8* %309, i64 1024
  %311 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %310, i8** %311, align 8
  %312 = getelementptr inbounds i8*, i8** %0, i64 29
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %313, i8** %314, align 8
  %315 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %315, i64 0, i64 1)
  %316 = getelementptr inbounds i8*, i8** %0, i64 25
  %317 = load i8*, i8** %316, align 8
  %318 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %317, i8** %318, align 8
  %319 = getelementptr inbounds i8*, i8** %0, i64 36
  %320 = load i8*, i8** %319, align 8
  %321 = getelementptr inbounds i8, i8* %320, i64 1024
  %322 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %321, i8** %322, align 8
  %323 = getelementptr inbounds i8*, i8** %0, i64 28
  %324 = load i8*, i8** %323, align 8
  %325 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %324, i8** %325, align 8
  %326 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %326, i64 0, i64 16)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %80, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %79, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = fmul float 0x3FA6E4E260000000, %26
  %28 = fmul float %27, %26
  %29 = fmul float %28, %26
  %30 = fadd float %26, %29
  %31 = fmul float 0x3FE9884540000000, %30
  %32 = call float @llvm.fabs.f32(float %31)
  %33 = fmul float %31, %31
  %34 = fmul float %32, %33
  %35 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %33, float 0x3F951F8CE0000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0xBFAB835A40000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC1106F60000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0xBFD5555320000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %32)
  %40 = fmul float %32, -2.000000e+00
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fsub float 1.000000e+00, %68
  %70 = fadd float 1.000000e+00, %68
  %71 = fdiv float %69, %70
  %72 = fcmp olt float %32, 6.250000e-01
  %73 = select i1 %72, float %39, float %71
  %74 = call float @llvm.copysign.f32(float %73, float %31)
  %75 = fmul float 5.000000e-01, %26
  %76 = fadd float 1.000000e+00, %74
  %77 = fmul float %75, %76
  %78 = getelementptr inbounds float, float* %6, i64 %19
  store float %77, float* %78, align 4
  %79 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %80 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %89, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 32
  %18 = add i64 0, %17
  %19 = mul i64 %i, 32
  %20 = add i64 0, %19
  %21 = mul i64 %i, 32
  %22 = add i64 0, %21
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %88, %body2 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = add i64 %18, %i4
  %25 = add i64 %20, %i4
  %26 = add i64 0, %i4
  %27 = add i64 %22, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %25
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %26
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fadd float %29, %31
  %35 = fmul float 0x3FA6E4E260000000, %34
  %36 = fmul float %35, %34
  %37 = fmul float %36, %34
  %38 = fadd float %34, %37
  %39 = fmul float 0x3FE9884540000000, %38
  %40 = call float @llvm.fabs.f32(float %39)
  %41 = fmul float %39, %39
  %42 = fmul float %40, %41
  %43 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %41, float 0x3F951F8CE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0xBFAB835A40000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC1106F60000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0xBFD5555320000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %40)
  %48 = fmul float %40, -2.000000e+00
  %49 = fcmp oge float %48, -1.100000e+02
  %50 = select i1 %49, float %48, float -1.100000e+02
  %51 = fcmp ole float %50, 1.000000e+02
  %52 = select i1 %51, float %50, float 1.000000e+02
  %53 = fmul float %52, 0x3FF7154760000000
  %54 = call float @llvm.rint.f32(float %53)
  %55 = call float @llvm.fmuladd.f32(float %54, float 0xBFE6300000000000, float %52)
  %56 = call float @llvm.fmuladd.f32(float %54, float 0x3F2BD01060000000, float %55)
  %57 = fmul float %56, %56
  %58 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %56, float 0x3F81239880000000)
  %59 = call float @llvm.fmuladd.f32(float %58, float %56, float 0x3FA5558AE0000000)
  %60 = call float @llvm.fmuladd.f32(float %59, float %56, float 0x3FC5554920000000)
  %61 = call float @llvm.fmuladd.f32(float %60, float %56, float 0x3FDFFFFFC0000000)
  %62 = call float @llvm.fmuladd.f32(float %57, float %61, float %56)
  %63 = fadd float %62, 1.000000e+00
  %64 = fptosi float %54 to i32
  %65 = ashr i32 %64, 1
  %66 = sub i32 %64, %65
  %67 = add i32 %65, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %63, %69
  %71 = add i32 %66, 127
  %72 = shl i32 %71, 23
  %73 = bitcast i32 %72 to float
  %74 = fmul float %70, %73
  %75 = fcmp uno float %48, %48
  %76 = select i1 %75, float %48, float %74
  %77 = fsub float 1.000000e+00, %76
  %78 = fadd float 1.000000e+00, %76
  %79 = fdiv float %77, %78
  %80 = fcmp olt float %40, 6.250000e-01
  %81 = select i1 %80, float %47, float %79
  %82 = call float @llvm.copysign.f32(float %81, float %39)
  %83 = fmul float 5.000000e-01, %34
  %84 = fadd float 1.000000e+00, %82
  %85 = fmul float %83, %84
  %86 = fadd float %33, %85
  %87 = getelementptr inbounds float, float* %6, i64 %24
  store float %86, float* %87, align 4
  %88 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %89 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 32
  %19 = mul i64 %15, 4
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 4
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 4
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4
  %15 = add i64 0, %14
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 0, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %25, %23
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 8
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 4
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 4
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 4
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %15, %exit3 ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul i64 %i, 4096
  %9 = add i64 %8, 4096
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %8, %body ], [ %14, %body2 ]
  %12 = icmp slt i64 %i4, %11
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, float* %6, i64 0
  store float 1.000000e+00, float* %13, align 4
  %14 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %15 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = zext i1 %17 to i64
  %19 = add i64 %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = sitofp i64 %acc to float
  %24 = fdiv float %22, %23
  %25 = icmp eq i64 %acc, 0
  %26 = select i1 %25, float 0.000000e+00, float %24
  %27 = getelementptr inbounds float, float* %12, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %join2 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4
  %18 = getelementptr inbounds i32, i32* %9, i64 %i
  %19 = load i32, i32* %18, align 4
  %20 = icmp ne i32 %19, -100
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = xor i1 %20, true
  br i1 %23, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %24 = getelementptr inbounds float, float* %15, i64 %17
  %25 = bitcast float* %24 to i8*
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 16, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %20, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %26 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %35, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %34, %body4 ]
  %27 = icmp slt i64 %i6, 4
  br i1 %27, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %28 = add i64 %17, %i6
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fcmp uno float %acc, %30
  %32 = fcmp ogt float %30, %acc
  %33 = select i1 %32, float %30, float %acc
  %34 = select i1 %31, float 0x7FF8000000000000, float %33
  %35 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %70, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %69, %body8 ]
  %36 = icmp slt i64 %i10, 4
  br i1 %36, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %37 = add i64 %17, %i10
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fsub float %39, %acc
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fadd float %acc11, %68
  %70 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %71 = fcmp olt float %acc11, 0x3810000000000000
  %72 = fmul float %acc11, 0x4160000000000000
  %73 = select i1 %71, float %72, float %acc11
  %74 = bitcast float %73 to i32
  %75 = sub i32 %74, 1060439283
  %76 = ashr i32 %75, 23
  %77 = select i1 %71, i32 23, i32 0
  %78 = sub i32 %76, %77
  %79 = and i32 %75, 8388607
  %80 = add i32 %79, 1060439283
  %81 = bitcast i32 %80 to float
  %82 = fsub float %81, 1.000000e+00
  %83 = sitofp i32 %78 to float
  %84 = fmul float %82, %82
  %85 = fmul float %84, %82
  %86 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %82, float 0x3FC055EC60000000)
  %87 = call float @llvm.fmuladd.f32(float %86, float %82, float 0xBFC0D82420000000)
  %88 = call float @llvm.fmuladd.f32(float %87, float %82, float 0x3FC22D92E0000000)
  %89 = call float @llvm.fmuladd.f32(float %88, float %82, float 0xBFC54728A0000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %82, float 0x3FC99A01C0000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %82, float 0xBFD0002260000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %82, float 0x3FD5555540000000)
  %93 = fmul float -5.000000e-01, %84
  %94 = call float @llvm.fmuladd.f32(float %85, float %92, float %93)
  %95 = call float @llvm.fmuladd.f32(float %83, float 0xBF2BD01060000000, float %94)
  %96 = fadd float %95, %82
  %97 = call float @llvm.fmuladd.f32(float %83, float 0x3FE6300000000000, float %96)
  %98 = fcmp oeq float %acc11, 0.000000e+00
  %99 = select i1 %98, float 0xFFF0000000000000, float %97
  %100 = fcmp olt float %acc11, 0.000000e+00
  %101 = select i1 %100, float 0x7FF8000000000000, float %99
  %102 = fcmp oeq float %acc11, 0x7FF0000000000000
  %103 = select i1 %102, float %acc11, float %101
  %104 = fcmp uno float %acc11, %acc11
  %105 = select i1 %104, float %acc11, float %103
  %106 = sext i32 %19 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %146, %body13 ]
  %107 = icmp slt i64 %i15, 4
  br i1 %107, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %108 = add i64 %17, %i15
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fsub float %110, %acc
  %112 = fsub float %111, %105
  %113 = fcmp oge float %112, -1.100000e+02
  %114 = select i1 %113, float %112, float -1.100000e+02
  %115 = fcmp ole float %114, 1.000000e+02
  %116 = select i1 %115, float %114, float 1.000000e+02
  %117 = fmul float %116, 0x3FF7154760000000
  %118 = call float @llvm.rint.f32(float %117)
  %119 = call float @llvm.fmuladd.f32(float %118, float 0xBFE6300000000000, float %116)
  %120 = call float @llvm.fmuladd.f32(float %118, float 0x3F2BD01060000000, float %119)
  %121 = fmul float %120, %120
  %122 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %120, float 0x3F81239880000000)
  %123 = call float @llvm.fmuladd.f32(float %122, float %120, float 0x3FA5558AE0000000)
  %124 = call float @llvm.fmuladd.f32(float %123, float %120, float 0x3FC5554920000000)
  %125 = call float @llvm.fmuladd.f32(float %124, float %120, float 0x3FDFFFFFC0000000)
  %126 = call float @llvm.fmuladd.f32(float %121, float %125, float %120)
  %127 = fadd float %126, 1.000000e+00
  %128 = fptosi float %118 to i32
  %129 = ashr i32 %128, 1
  %130 = sub i32 %128, %129
  %131 = add i32 %129, 127
  %132 = shl i32 %131, 23
  %133 = bitcast i32 %132 to float
  %134 = fmul float %127, %133
  %135 = add i32 %130, 127
  %136 = shl i32 %135, 23
  %137 = bitcast i32 %136 to float
  %138 = fmul float %134, %137
  %139 = fcmp uno float %112, %112
  %140 = select i1 %139, float %112, float %138
  %141 = icmp eq i64 %i15, %106
  %142 = select i1 %141, float 1.000000e+00, float 0.000000e+00
  %143 = fsub float %140, %142
  %144 = fmul float %22, %143
  %145 = getelementptr inbounds float, float* %15, i64 %108
  store float %144, float* %145, align 4
  %146 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 4
  %12 = sdiv i64 %i, 4
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 4
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 4
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 4
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %15, 4
  %27 = add i64 %26, %i8
  %28 = add i64 %16, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %23, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %20, %i4
  %38 = getelementptr inbounds float, float* %12, i64 %37
  store float %acc, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 4
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 32
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 4
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 4
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 2
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %98, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 32
  %18 = add i64 0, %17
  %19 = mul i64 %i, 32
  %20 = add i64 0, %19
  %21 = mul i64 %i, 32
  %22 = add i64 0, %21
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %97, %body2 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = add i64 %18, %i4
  %25 = add i64 %20, %i4
  %26 = add i64 0, %i4
  %27 = add i64 %22, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %25
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %26
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fadd float %29, %31
  %35 = fmul float 0x3FA6E4E260000000, %34
  %36 = fmul float %35, %34
  %37 = fmul float %36, %34
  %38 = fadd float %34, %37
  %39 = fmul float 0x3FE9884540000000, %38
  %40 = call float @llvm.fabs.f32(float %39)
  %41 = fmul float %39, %39
  %42 = fmul float %40, %41
  %43 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %41, float 0x3F951F8CE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0xBFAB835A40000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC1106F60000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0xBFD5555320000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %40)
  %48 = fmul float %40, -2.000000e+00
  %49 = fcmp oge float %48, -1.100000e+02
  %50 = select i1 %49, float %48, float -1.100000e+02
  %51 = fcmp ole float %50, 1.000000e+02
  %52 = select i1 %51, float %50, float 1.000000e+02
  %53 = fmul float %52, 0x3FF7154760000000
  %54 = call float @llvm.rint.f32(float %53)
  %55 = call float @llvm.fmuladd.f32(float %54, float 0xBFE6300000000000, float %52)
  %56 = call float @llvm.fmuladd.f32(float %54, float 0x3F2BD01060000000, float %55)
  %57 = fmul float %56, %56
  %58 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %56, float 0x3F81239880000000)
  %59 = call float @llvm.fmuladd.f32(float %58, float %56, float 0x3FA5558AE0000000)
  %60 = call float @llvm.fmuladd.f32(float %59, float %56, float 0x3FC5554920000000)
  %61 = call float @llvm.fmuladd.f32(float %60, float %56, float 0x3FDFFFFFC0000000)
  %62 = call float @llvm.fmuladd.f32(float %57, float %61, float %56)
  %63 = fadd float %62, 1.000000e+00
  %64 = fptosi float %54 to i32
  %65 = ashr i32 %64, 1
  %66 = sub i32 %64, %65
  %67 = add i32 %65, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %63, %69
  %71 = add i32 %66, 127
  %72 = shl i32 %71, 23
  %73 = bitcast i32 %72 to float
  %74 = fmul float %70, %73
  %75 = fcmp uno float %48, %48
  %76 = select i1 %75, float %48, float %74
  %77 = fsub float 1.000000e+00, %76
  %78 = fadd float 1.000000e+00, %76
  %79 = fdiv float %77, %78
  %80 = fcmp olt float %40, 6.250000e-01
  %81 = select i1 %80, float %47, float %79
  %82 = call float @llvm.copysign.f32(float %81, float %39)
  %83 = fadd float 1.000000e+00, %82
  %84 = fmul float 5.000000e-01, %83
  %85 = fmul float %82, %82
  %86 = fsub float 1.000000e+00, %85
  %87 = fmul float 0x3FC12BA9C0000000, %34
  %88 = fmul float %87, %34
  %89 = fadd float 1.000000e+00, %88
  %90 = fmul float 5.000000e-01, %34
  %91 = fmul float %90, %86
  %92 = fmul float %91, 0x3FE9884540000000
  %93 = fmul float %92, %89
  %94 = fadd float %84, %93
  %95 = fmul float %33, %94
  %96 = getelementptr inbounds float, float* %6, i64 %24
  store float %95, float* %96, align 4
  %97 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %98 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit7, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit7 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = sdiv i64 %i, 1
  %12 = srem i64 %i, 1
  %13 = mul i64 %11, 32
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -224
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 32
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 224
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %25, %body2 ]
  %23 = icmp slt i64 %i4, %21
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, float* %9, i64 %i4
  store float 0.000000e+00, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %exit11, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %39, %exit11 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 32
  %28 = add i64 %22, %27
  br label %loop9

exit7:                                            ; preds = %loop5
  %29 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ %15, %body6 ], [ %38, %body10 ]
  %30 = icmp slt i64 %i12, %21
  br i1 %30, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %31 = getelementptr inbounds float, float* %9, i64 %i12
  %32 = load float, float* %31, align 4
  %33 = add i64 %28, %i12
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %32, %35
  %37 = getelementptr inbounds float, float* %9, i64 %i12
  store float %36, float* %37, align 4
  %38 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %39 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 1024
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 32
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %136, %exit18 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 32
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %114, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %47, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %58, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %69, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %80, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %91, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %102, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %113, %body6 ]
  %25 = icmp slt i64 %i8, 32
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = add i64 %i8, 0
  %27 = mul i64 %15, 32
  %28 = add i64 %27, %26
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %23, %26
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  %38 = mul i64 %15, 32
  %39 = add i64 %38, %37
  %40 = add i64 %16, %39
  %41 = getelementptr inbounds float, float* %6, i64 %40
  %42 = load float, float* %41, align 4
  %43 = add i64 %23, %37
  %44 = getelementptr inbounds float, float* %9, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %42, %45
  %47 = fadd float %acc9, %46
  %48 = add i64 %i8, 2
  %49 = mul i64 %15, 32
  %50 = add i64 %49, %48
  %51 = add i64 %16, %50
  %52 = getelementptr inbounds float, float* %6, i64 %51
  %53 = load float, float* %52, align 4
  %54 = add i64 %23, %48
  %55 = getelementptr inbounds float, float* %9, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %53, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i8, 3
  %60 = mul i64 %15, 32
  %61 = add i64 %60, %59
  %62 = add i64 %16, %61
  %63 = getelementptr inbounds float, float* %6, i64 %62
  %64 = load float, float* %63, align 4
  %65 = add i64 %23, %59
  %66 = getelementptr inbounds float, float* %9, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fmul float %64, %67
  %69 = fadd float %acc11, %68
  %70 = add i64 %i8, 4
  %71 = mul i64 %15, 32
  %72 = add i64 %71, %70
  %73 = add i64 %16, %72
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = add i64 %23, %70
  %77 = getelementptr inbounds float, float* %9, i64 %76
  %78 = load float, float* %77, align 4
  %79 = fmul float %75, %78
  %80 = fadd float %acc12, %79
  %81 = add i64 %i8, 5
  %82 = mul i64 %15, 32
  %83 = add i64 %82, %81
  %84 = add i64 %16, %83
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = add i64 %23, %81
  %88 = getelementptr inbounds float, float* %9, i64 %87
  %89 = load float, float* %88, align 4
  %90 = fmul float %86, %89
  %91 = fadd float %acc13, %90
  %92 = add i64 %i8, 6
  %93 = mul i64 %15, 32
  %94 = add i64 %93, %92
  %95 = add i64 %16, %94
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = load float, float* %96, align 4
  %98 = add i64 %23, %92
  %99 = getelementptr inbounds float, float* %9, i64 %98
  %100 = load float, float* %99, align 4
  %101 = fmul float %97, %100
  %102 = fadd float %acc14, %101
  %103 = add i64 %i8, 7
  %104 = mul i64 %15, 32
  %105 = add i64 %104, %103
  %106 = add i64 %16, %105
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = load float, float* %107, align 4
  %109 = add i64 %23, %103
  %110 = getelementptr inbounds float, float* %9, i64 %109
  %111 = load float, float* %110, align 4
  %112 = fmul float %108, %111
  %113 = fadd float %acc15, %112
  %114 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %115 = fadd float %acc, %acc9
  %116 = fadd float %acc10, %acc11
  %117 = fadd float %acc12, %acc13
  %118 = fadd float %acc14, %acc15
  %119 = fadd float %115, %116
  %120 = fadd float %117, %118
  %121 = fadd float %119, %120
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %133, %body17 ]
  %acc20 = phi float [ %121, %exit7 ], [ %132, %body17 ]
  %122 = icmp slt i64 %i19, 32
  br i1 %122, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %123 = mul i64 %15, 32
  %124 = add i64 %123, %i19
  %125 = add i64 %16, %124
  %126 = getelementptr inbounds float, float* %6, i64 %125
  %127 = load float, float* %126, align 4
  %128 = add i64 %23, %i19
  %129 = getelementptr inbounds float, float* %9, i64 %128
  %130 = load float, float* %129, align 4
  %131 = fmul float %127, %130
  %132 = fadd float %acc20, %131
  %133 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %134 = add i64 %20, %i4
  %135 = getelementptr inbounds float, float* %12, i64 %134
  store float %acc20, float* %135, align 4
  %136 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 0
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %107, %exit3 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 32
  %21 = add i64 0, %20
  %22 = mul i64 %i, 32
  %23 = add i64 0, %22
  %24 = mul i64 %i, 32
  %25 = add i64 0, %24
  %26 = mul i64 %i, 32
  %27 = add i64 0, %26
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %106, %body2 ]
  %28 = icmp slt i64 %i4, 32
  br i1 %28, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %29 = add i64 %21, %i4
  %30 = add i64 %23, %i4
  %31 = add i64 0, %i4
  %32 = add i64 %25, %i4
  %33 = add i64 %27, %i4
  %34 = getelementptr inbounds float, float* %9, i64 %30
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %12, i64 %31
  %37 = load float, float* %36, align 4
  %38 = getelementptr inbounds float, float* %15, i64 %32
  %39 = load float, float* %38, align 4
  %40 = getelementptr inbounds float, float* %18, i64 %33
  %41 = load float, float* %40, align 4
  %42 = fadd float %35, %37
  %43 = fadd float %39, %41
  %44 = fmul float 0x3FA6E4E260000000, %42
  %45 = fmul float %44, %42
  %46 = fmul float %45, %42
  %47 = fadd float %42, %46
  %48 = fmul float 0x3FE9884540000000, %47
  %49 = call float @llvm.fabs.f32(float %48)
  %50 = fmul float %48, %48
  %51 = fmul float %49, %50
  %52 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %50, float 0x3F951F8CE0000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %50, float 0xBFAB835A40000000)
  %54 = call float @llvm.fmuladd.f32(float %53, float %50, float 0x3FC1106F60000000)
  %55 = call float @llvm.fmuladd.f32(float %54, float %50, float 0xBFD5555320000000)
  %56 = call float @llvm.fmuladd.f32(float %51, float %55, float %49)
  %57 = fmul float %49, -2.000000e+00
  %58 = fcmp oge float %57, -1.100000e+02
  %59 = select i1 %58, float %57, float -1.100000e+02
  %60 = fcmp ole float %59, 1.000000e+02
  %61 = select i1 %60, float %59, float 1.000000e+02
  %62 = fmul float %61, 0x3FF7154760000000
  %63 = call float @llvm.rint.f32(float %62)
  %64 = call float @llvm.fmuladd.f32(float %63, float 0xBFE6300000000000, float %61)
  %65 = call float @llvm.fmuladd.f32(float %63, float 0x3F2BD01060000000, float %64)
  %66 = fmul float %65, %65
  %67 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %65, float 0x3F81239880000000)
  %68 = call float @llvm.fmuladd.f32(float %67, float %65, float 0x3FA5558AE0000000)
  %69 = call float @llvm.fmuladd.f32(float %68, float %65, float 0x3FC5554920000000)
  %70 = call float @llvm.fmuladd.f32(float %69, float %65, float 0x3FDFFFFFC0000000)
  %71 = call float @llvm.fmuladd.f32(float %66, float %70, float %65)
  %72 = fadd float %71, 1.000000e+00
  %73 = fptosi float %63 to i32
  %74 = ashr i32 %73, 1
  %75 = sub i32 %73, %74
  %76 = add i32 %74, 127
  %77 = shl i32 %76, 23
  %78 = bitcast i32 %77 to float
  %79 = fmul float %72, %78
  %80 = add i32 %75, 127
  %81 = shl i32 %80, 23
  %82 = bitcast i32 %81 to float
  %83 = fmul float %79, %82
  %84 = fcmp uno float %57, %57
  %85 = select i1 %84, float %57, float %83
  %86 = fsub float 1.000000e+00, %85
  %87 = fadd float 1.000000e+00, %85
  %88 = fdiv float %86, %87
  %89 = fcmp olt float %49, 6.250000e-01
  %90 = select i1 %89, float %56, float %88
  %91 = call float @llvm.copysign.f32(float %90, float %48)
  %92 = fadd float 1.000000e+00, %91
  %93 = fmul float 5.000000e-01, %92
  %94 = fmul float %91, %91
  %95 = fsub float 1.000000e+00, %94
  %96 = fmul float 0x3FC12BA9C0000000, %42
  %97 = fmul float %96, %42
  %98 = fadd float 1.000000e+00, %97
  %99 = fmul float 5.000000e-01, %42
  %100 = fmul float %99, %95
  %101 = fmul float %100, 0x3FE9884540000000
  %102 = fmul float %101, %98
  %103 = fadd float %93, %102
  %104 = fmul float %43, %103
  %105 = getelementptr inbounds float, float* %6, i64 %29
  store float %104, float* %105, align 4
  %106 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %107 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 512
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 16
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
